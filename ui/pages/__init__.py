"""One module per screen. Each page takes (session, operations) and listens to ``changed``."""
