using System.Globalization;
using Workflow.Core.Formatting;

namespace Workflow.Web.Notifications;

/// <summary>A due time as an e-mail states it, in the organisation's time zone: Thai (Buddhist Era) or English.</summary>
public static class DueTimeText
{
    public static string Of(DateTimeOffset due, TimeZoneInfo zone, NotificationLanguage language)
    {
        var local = TimeZoneInfo.ConvertTime(due, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        return language == NotificationLanguage.Thai
            ? string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.FormatArabic(day)} เวลา {local:HH.mm} น.")
            : local.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    }
}
