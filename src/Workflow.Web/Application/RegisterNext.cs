namespace Workflow.Web.Application;

/// <summary>Where a year's register stands: the number the next submission gets, and the last one given.</summary>
public sealed record RegisterNext(int Year, int Next, int LastGiven, bool Changed);
