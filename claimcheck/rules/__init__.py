"""Built-in rules: one module per rule, discovered by ``claimcheck.ruleset``.

The public names for writing rules are re-exported here.
"""

from ..ruleset import Consistent, Flag, Info, RuleSet, all_rules, rule, run_rules

__all__ = ["Consistent", "Flag", "Info", "RuleSet", "all_rules", "rule", "run_rules"]
