namespace Workflow.Core.Routes;

/// <summary>
/// A post in the municipality's chain of command; users hold positions, route steps name them. TimeInPost: its holders
/// may see where memos wait (positions.json's optional "timeInPost", seeded for the clerk and the mayor).
/// </summary>
public sealed record Position(string Key, string TitleTh, string TitleEn, bool TimeInPost = false);
