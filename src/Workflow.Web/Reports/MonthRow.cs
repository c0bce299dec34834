namespace Workflow.Web.Reports;

/// <summary>A month of the organisation's calendar (Common Era year and month; its Buddhist Era name) with the memos first submitted and signed in it.</summary>
public sealed record MonthRow(int Year, int Month, string NameTh, int Submitted, int Signed);
