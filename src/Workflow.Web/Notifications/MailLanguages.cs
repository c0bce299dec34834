namespace Workflow.Web.Notifications;

/// <summary>The codes a person's e-mail language is stored and sent as (AppUser.Language), and the mail language of each.</summary>
public static class MailLanguages
{
    public const string Thai = "th";

    public const string English = "en";

    public static IReadOnlyList<string> Codes { get; } = [Thai, English];

    public static bool IsKnown(string? code) => code is Thai or English;

    /// <summary>Thai unless the code is English, so a row written before the column existed still gets Thai.</summary>
    public static NotificationLanguage Of(string? code) => code == English ? NotificationLanguage.English : NotificationLanguage.Thai;
}
