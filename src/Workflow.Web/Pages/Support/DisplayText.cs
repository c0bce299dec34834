using System.Globalization;
using Microsoft.Extensions.Localization;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Support;

/// <summary>How values read in the interface language: positions, statuses, actions, local times, waiting times, failures.</summary>
public sealed class DisplayText(IStringLocalizer<UiText> t, PostTitles posts, RegisterNumberAllocator calendar)
{
    public bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string Lang => English ? "en" : "th";

    public string Position(PositionView p) => English ? p.En : p.Th;

    public string Position(string key) => Position(posts.Of(key));

    /// <summary>
    /// The post a person acted for, worded by capacity: "acting" (รักษาราชการแทน) or "on behalf of" (ปฏิบัติราชการแทน),
    /// and the order they acted by when one is given.
    /// </summary>
    public string ActedFor(string position, string capacity, string? orderNumber = null)
    {
        var post = capacity switch
        {
            nameof(Core.Engine.Capacity.Acting) => t["Capacity.Acting", position].Value,
            nameof(Core.Engine.Capacity.Delegated) => t["Capacity.Delegated", position].Value,
            _ => position,
        };
        return string.IsNullOrWhiteSpace(orderNumber) || capacity == nameof(Core.Engine.Capacity.Self) ? post : t["Capacity.Order", post, orderNumber];
    }

    public string Status(string status) => t[$"Status.{status}"];

    public string Action(string action) => t[$"Action.{action}"];

    public string Step(string state) => t[$"Step.{state}"];

    /// <summary>Local time in the municipality's time zone; th-TH formats the year in the Buddhist Era.</summary>
    public string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, calendar.TimeZone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>A calendar day with its weekday; th-TH formats the year in the Buddhist Era.</summary>
    public string Date(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.CurrentCulture);

    public string Waiting(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, seconds));
        if (span.TotalDays >= 1)
            return t["Waiting.Days", (int)span.TotalDays, span.Hours];
        return span.TotalHours >= 1 ? t["Waiting.Hours", span.Hours, span.Minutes] : t["Waiting.Minutes", span.Minutes];
    }

    public string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024.0):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    /// <summary>A refusal in the interface language: by its code when known, else by its HTTP status.</summary>
    public string Failure(Failure f) => FailureCode(f.Code, f.Status);

    public string FailureCode(string code, int status = StatusCodes.Status400BadRequest)
    {
        var known = t[$"Failure.{code}"];
        return known.ResourceNotFound ? t[$"Failure.Status{status}"] : known;
    }
}
