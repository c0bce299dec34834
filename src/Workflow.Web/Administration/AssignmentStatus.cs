namespace Workflow.Web.Administration;

/// <summary>Where an assignment's period stands against today in the organisation's time zone.</summary>
public enum AssignmentStatus
{
    Current,
    Ended,
    Future,
}
