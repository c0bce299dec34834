using Workflow.Core.Assignments;

namespace Workflow.Core.Tests.Assignments;

/// <summary>The organisation's clock and the assignments the rules are tested on: December 2026 in Bangkok.</summary>
public static class AssignmentScene
{
    public const string Person = "deputy";
    public const string Clerk = "municipal-clerk";
    public const string Mayor = "mayor";
    public const string MemoRoute = "memo-approval";
    public const string PurchaseRoute = "purchase-approval";

    public static TimeZoneInfo Bangkok { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");

    public static AssignmentPeriod December { get; } = new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

    /// <summary>A wall-clock time in Bangkok (UTC+7 all year).</summary>
    public static DateTimeOffset InBangkok(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(7));

    public static Assignment Holder(string position, AssignmentPeriod? period = null, string user = Person) =>
        new(user, position, AssignmentKind.Holder, period ?? December);

    public static Assignment Acting(string position, AssignmentPeriod? period = null, string order = "123/2569", string user = Person) =>
        new(user, position, AssignmentKind.Acting, period ?? December, order, new DateOnly(2026, 11, 25));

    public static Assignment Delegated(string position, AssignmentPeriod? period = null, IReadOnlySet<string>? routes = null, string user = Person) =>
        new(user, position, AssignmentKind.Delegated, period ?? December, DelegatedBy: "holder-of-" + position, Routes: routes);
}
