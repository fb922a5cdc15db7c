"""Writing messages: the templates rendered for one customer, and what the owner is
told when a template is wrong."""
