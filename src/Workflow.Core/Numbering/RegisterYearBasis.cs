namespace Workflow.Core.Numbering;

/// <summary>When the register's numbering restarts: 1 January (the regulation's rule) or 1 October (the fiscal year).</summary>
public enum RegisterYearBasis
{
    Calendar,
    Fiscal,
}
