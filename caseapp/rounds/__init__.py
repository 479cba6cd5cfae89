"""Exchange rounds: frameworks, rounds, list versions, entries matched to people, the N-for-N
balance, reconciliation of who came home, execution (undoable until the round is closed),
candidates for the next round, and exports for the mediator.

Qt-free. Every function that writes returns the ``ChangeSet`` of its one transaction (or a
result with ``changes``). See docs/rounds.md.
"""
