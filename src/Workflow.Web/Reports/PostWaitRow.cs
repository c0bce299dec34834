namespace Workflow.Web.Reports;

/// <summary>One post's waits: how many actions it took in the period, the median and 90th percentile wait before them (hours), how many memos are overdue there now.</summary>
public sealed record PostWaitRow(string Post, string TitleTh, string TitleEn, int Actions, double? MedianHours, double? Percentile90Hours, int OverdueNow);
