using Workflow.Core.Assignments;

namespace Workflow.Web.Data;

/// <summary>
/// Who may act for a post, in which capacity, over which days (in the organisation's time zone): holder, acting by
/// an order (รักษาราชการแทน, คำสั่งที่ …), or delegated by the post's holder (ปฏิบัติราชการแทน), possibly on some routes only.
/// The rules are Core's (<see cref="AssignmentRules"/>, <see cref="PostAuthority"/>); this is the stored form.
/// </summary>
public sealed class PostAssignment
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public required string Position { get; set; }

    public AssignmentKind Kind { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    public string? OrderNumber { get; set; }

    public DateOnly? OrderDate { get; set; }

    /// <summary>The user id of the holder who delegated (delegation only).</summary>
    public string? DelegatedBy { get; set; }

    /// <summary>Route ids a delegation is limited to, space-separated; null for every route.</summary>
    public string? Routes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public Assignment ToAssignment() => new(UserId, Position, Kind, new AssignmentPeriod(From, To), OrderNumber, OrderDate, DelegatedBy,
        Routes is null ? null : Routes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));

    public static string? JoinRoutes(IEnumerable<string>? routes) =>
        routes is null ? null : string.Join(' ', routes.Order(StringComparer.Ordinal));
}
