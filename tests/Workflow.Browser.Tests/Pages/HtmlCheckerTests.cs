using Workflow.Browser.Tests.Support;

namespace Workflow.Browser.Tests.Pages;

/// <summary>The Nu Html Checker on every page in every state, Thai and English: the HTML as the server sent it, no error allowed.</summary>
public sealed class HtmlCheckerTests(BrowserHost host)
{
    [Fact]
    public async Task Every_page_has_no_html_error_when_the_nu_html_checker_reads_it_in_thai_and_english()
    {
        _ = host.Browser;
        var jar = NuHtmlChecker.RequireJar();
        var tour = await PageTour.BuildAsync(host);
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "html");
        Directory.CreateDirectory(folder);
        var files = new List<string>();

        foreach (var culture in PageTour.Cultures)
            await tour.VisitAsync(host, culture, async (stop, _, response) =>
            {
                var file = Path.Combine(folder, $"{stop.Name}.{culture}.html");
                await File.WriteAllTextAsync(file, await response.TextAsync(), TestContext.Current.CancellationToken);
                files.Add(file);
            });
        var errors = await NuHtmlChecker.ErrorsAsync(jar, files);

        Assert.Equal(tour.Stops.Count * PageTour.Cultures.Length, files.Count);
        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} error(s):\n{string.Join("\n", errors)}");
    }
}
