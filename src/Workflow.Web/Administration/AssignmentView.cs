using Workflow.Core.Assignments;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>One assignment as the administration pages and API show it: the person and the delegating holder by name too.</summary>
public sealed record AssignmentView(
    Guid Id,
    string UserId,
    string UserName,
    string DisplayName,
    PositionView Position,
    AssignmentKind Kind,
    DateOnly From,
    DateOnly? To,
    string? OrderNumber,
    DateOnly? OrderDate,
    string? DelegatedBy,
    string? DelegatedByName,
    IReadOnlyList<string>? Routes,
    AssignmentStatus Status,
    int Version)
{
    public static AssignmentStatus StatusOn(PostAssignment a, DateOnly today) =>
        a.From > today ? AssignmentStatus.Future : a.To < today ? AssignmentStatus.Ended : AssignmentStatus.Current;
}
