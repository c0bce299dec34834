namespace Workflow.Web.Administration;

/// <summary>One holiday of the list; <paramref name="Weekend"/> notes a Saturday or Sunday, which is allowed but adds no closed day.</summary>
public sealed record HolidayView(DateOnly Date, int YearBe, string NameTh, string? NameEn, bool Weekend);
