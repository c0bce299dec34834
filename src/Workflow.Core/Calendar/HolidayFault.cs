namespace Workflow.Core.Calendar;

public enum HolidayFault
{
    /// <summary>The date lies in a Buddhist Era year the list does not claim to cover.</summary>
    OutsideYears,

    /// <summary>The same date appears twice.</summary>
    Duplicate,

    /// <summary>The list claims no year at all, or a year twice.</summary>
    Years,
}
