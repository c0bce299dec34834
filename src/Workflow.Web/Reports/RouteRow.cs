namespace Workflow.Web.Reports;

/// <summary>A route's returns (ส่งคืน) and refusals (ไม่อนุญาต) in the period.</summary>
public sealed record RouteRow(string RouteId, string TitleTh, string TitleEn, int Returns, int Refusals);
