namespace Workflow.Web.Application;

/// <summary>A page of one year's register book, newest first.</summary>
public sealed record RegisterPage(int Year, IReadOnlyList<RegisterEntry> Items, int Total, int Page, int PageSize, string? Query);
