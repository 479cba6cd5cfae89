"""USB handoff between laptops that never meet a network: see docs/sync.md."""
