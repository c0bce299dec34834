namespace Workflow.Core.Engine;

/// <summary>
/// Where a document stands on its route. CurrentStep indexes the route's steps while InRoute;
/// Round counts submissions (1 on the first, +1 after each return and resubmission). HighestStepReached is the
/// furthest step the document has ever waited at, in any round (-1 before submission): its holders may read it.
/// </summary>
public sealed record RouteState(DocumentStatus Status, int CurrentStep, int Round, int HighestStepReached)
{
    public static RouteState NewDraft { get; } = new(DocumentStatus.Draft, 0, 0, -1);

    public bool IsFinal => Status is DocumentStatus.Signed or DocumentStatus.Refused or DocumentStatus.Withdrawn;

    public bool IsEditableByAuthor => Status is DocumentStatus.Draft or DocumentStatus.Returned;
}
