"""Google's error bodies, so clients under test parse failures exactly as in production."""
from __future__ import annotations

from typing import Any

STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "NOT_IMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

DEFAULT_MESSAGES = {
    400: "Request contains an invalid argument.",
    401: "Request had invalid authentication credentials. Expected OAuth 2 access token, "
         "login cookie or other valid authentication credential.",
    403: "The caller does not have permission",
    404: "Requested entity was not found.",
    409: "The operation was aborted.",
    500: "Internal error encountered.",
    501: "Method not implemented.",
    503: "The service is currently unavailable.",
    504: "The service is currently unavailable.",
}

# What Google's front end sends for a 502: an HTML page, not JSON. Clients must cope.
BAD_GATEWAY_HTML = (
    "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n"
    "  <title>Error 502 (Server Error)!!1</title>\n"
    "  <p><b>502.</b> <ins>That\u2019s an error.</ins>\n"
    "  <p>The server encountered a temporary error and could not complete your request."
    "<p>Please try again in 30 seconds.  <ins>That\u2019s all we know.</ins>\n"
)


class ApiError(Exception):
    """An answer Google would give instead of the normal one; raising it aborts the request."""

    def __init__(self, code: int, message: str | None = None, status: str | None = None,
                 extra: dict[str, Any] | None = None):
        super().__init__(message or DEFAULT_MESSAGES.get(code, "Error"))
        self.code = code
        self.message = message or DEFAULT_MESSAGES.get(code, "Error")
        self.status = status or STATUS_NAMES.get(code, "UNKNOWN")
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": self.message, "status": self.status}
        err.update(self.extra)
        return {"error": err}


def not_shared() -> ApiError:
    """What Sheets answers a caller the spreadsheet is not shared with (a service account
    nobody added with Share): the same for reads and writes."""
    return ApiError(403, "The caller does not have permission", "PERMISSION_DENIED")


def service_disabled(project: str = "123456789012") -> ApiError:
    """What Google answers when the Sheets API is not enabled in the caller's Cloud project."""
    url = f"https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project={project}"
    message = (f"Google Sheets API has not been used in project {project} before or it is disabled. "
               f"Enable it by visiting {url} then retry. If you enabled this API recently, wait a "
               f"few minutes for the action to propagate to our systems and retry.")
    details = [
        {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "SERVICE_DISABLED",
         "domain": "googleapis.com",
         "metadata": {"consumer": f"projects/{project}", "service": "sheets.googleapis.com",
                      "serviceTitle": "Google Sheets API", "containerInfo": project,
                      "activationUrl": url}},
        {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US",
         "message": message},
        {"@type": "type.googleapis.com/google.rpc.Help",
         "links": [{"description": "Google developers console API activation", "url": url}]},
    ]
    return ApiError(403, message, "PERMISSION_DENIED", {"details": details})


#: What Google's token endpoint (oauth2.googleapis.com/token) answers when it will not give
#: a token: a user's refresh token that expired (7 days for an app in Testing mode) or was
#: revoked, and a service-account key that was deleted or disabled. Not the Sheets error shape.
TOKEN_REFUSALS = {
    "user": {"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
    "service_account": {"error": "invalid_grant", "error_description": "Invalid JWT Signature."},
}


def bad_request(message: str) -> ApiError:
    return ApiError(400, message, "INVALID_ARGUMENT")


def not_found() -> ApiError:
    return ApiError(404, "Requested entity was not found.", "NOT_FOUND")


def drive_not_found(file_id: str) -> ApiError:
    """Drive v3 errors carry the older `errors` list and no `status`, unlike Sheets."""
    message = f"File not found: {file_id}."
    err = ApiError(404, message, "NOT_FOUND")
    err.extra = {"errors": [{"message": message, "domain": "global", "reason": "notFound",
                             "location": "fileId", "locationType": "parameter"}]}
    return err


def quota_error(is_write: bool) -> ApiError:
    """The 429 Sheets sends when the per-minute quota runs out (read or write bucket)."""
    kind, limit, metric = (("Write", "WriteRequestsPerMinutePerUser", "write_requests") if is_write
                           else ("Read", "ReadRequestsPerMinutePerUser", "read_requests"))
    message = (f"Quota exceeded for quota metric '{kind} requests' and limit '{kind} requests "
               f"per minute per user' of service 'sheets.googleapis.com' for consumer "
               f"'project_number:000000000000'.")
    details = [
        {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "RATE_LIMIT_EXCEEDED",
         "domain": "googleapis.com",
         "metadata": {"quota_limit": limit, "quota_metric": f"sheets.googleapis.com/{metric}",
                      "quota_location": "global", "service": "sheets.googleapis.com",
                      "consumer": "projects/000000000000", "quota_limit_value": "60"}},
        {"@type": "type.googleapis.com/google.rpc.Help",
         "links": [{"description": "Request a higher quota limit.",
                    "url": "https://cloud.google.com/docs/quotas/help/request_increase"}]},
    ]
    return ApiError(429, message, "RESOURCE_EXHAUSTED", {"details": details})


def fault_error(code: int, is_write: bool) -> ApiError:
    if code == 429:
        return quota_error(is_write)
    return ApiError(code)
