namespace Workflow.Web.Administration;

/// <summary>A post as the administration shows it, with the routes (current files) that name it.</summary>
public sealed record PostView(string Key, string TitleTh, string TitleEn, string MemoTitle, bool MayReadRegister, bool MaySeeTimeInPost, int Version,
    IReadOnlyList<string> Routes);
