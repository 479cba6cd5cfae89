"""Typed domain objects with validation; no storage, no Qt."""
