"""Dialogs of the accounts: login and lock screen, the first administrator, one's own password,
and the administration of accounts."""
