using System.Globalization;

namespace Workflow.Web.Application;

/// <summary>A display name for an uploaded file: no folders, no control or invisible format characters, bounded length.</summary>
public static class SafeFileName
{
    public static string From(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        // Format characters include the bidi overrides (U+202E) that make a name ending "fdp.exe" display as "exe.pdf".
        name = new string(name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format
            && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim(' ', '.');
        if (name.Length > 150)
            name = name[..150];
        return name.Length == 0 ? "attachment.pdf" : name;
    }
}
