namespace Workflow.Core.Routes;

/// <summary>A post in the municipality's chain of command; users hold positions, route steps name them.</summary>
public sealed record Position(string Key, string TitleTh, string TitleEn);
