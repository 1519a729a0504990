"""Benchmarks and the triage measures; run each from the repository root:
`python -m bench.NAME`."""
