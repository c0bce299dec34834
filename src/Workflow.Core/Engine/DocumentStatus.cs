namespace Workflow.Core.Engine;

public enum DocumentStatus
{
    Draft,
    InRoute,
    Returned,
    Signed,
    Refused,
    Withdrawn,
}
