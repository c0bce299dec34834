using System.Globalization;

namespace Workflow.Web.Tests.Security;

/// <summary>The fields of the memo pages' forms, named as the pages name them (Memos/_MemoForm, Memos/_Actions).</summary>
public static class PageForms
{
    /// <summary>The memo form without a file; the route only on a new memo, the version only when editing.</summary>
    public static Dictionary<string, string> Memo(string subject, int? version = null, string? route = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Issuer"] = "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย",
            ["Input.Subject"] = subject,
            ["Input.Salutation"] = "นายกเทศมนตรีตำบลโชคชัย",
            ["Input.Body"] = "จึงเรียนมาเพื่อโปรดพิจารณา",
        };
        if (version is { } v)
            fields["Input.Version"] = Text(v);
        if (route is not null)
            fields["Input.RouteId"] = route;
        return fields;
    }

    /// <summary>An action form with a note (Return and Refuse need a reason) and the memo's version.</summary>
    public static Dictionary<string, string> Action(string action, int version) => new()
    {
        ["Input.Action"] = action,
        ["Input.Note"] = "ตามที่เสนอ",
        ["Input.Version"] = Text(version),
    };

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
