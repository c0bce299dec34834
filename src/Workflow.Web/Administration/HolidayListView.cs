namespace Workflow.Web.Administration;

/// <summary>The holiday list the administrator keeps: the Buddhist Era years it covers and its holidays, by date.</summary>
public sealed record HolidayListView(IReadOnlyList<int> YearsBe, IReadOnlyList<HolidayView> Holidays);
