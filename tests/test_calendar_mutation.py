"""Tests that kill surviving mutants of the calendar (issue 22; docs/testing.md)."""

from __future__ import annotations
