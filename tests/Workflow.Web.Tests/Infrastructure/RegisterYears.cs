namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Fills a year of the register book: the legal officer submits one memo per subject on 2 March of that year.</summary>
public static class RegisterYears
{
    public static async Task SubmitAsync(ClockedWorkflowApp app, int buddhistYear, IEnumerable<string> subjects)
    {
        app.SetClock(new DateTimeOffset(buddhistYear - 543, 3, 2, 3, 0, 0, TimeSpan.Zero));
        foreach (var subject in subjects)
        {
            var id = (await app.Api.CreateDraftAsync(subject: subject)).Id;
            await app.Api.ActOkAsync(Demo.Legal, id, "submit");
        }
    }
}
