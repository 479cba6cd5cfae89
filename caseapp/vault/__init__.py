"""The encrypted vault: one SQLCipher database file plus its key-slot file."""
