namespace Workflow.Web.Application;

/// <summary>The register book of a year as a CSV download, written out as it is read.</summary>
public static class RegisterDownload
{
    public static string FileName(int year) => $"register-{year}.csv";

    public static IResult Csv(int year, RegisterBook book, HttpContext http)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(year)}\"";
        return Results.Stream(body => RegisterCsv.WriteAsync(body, book.AllAsync(year), http.RequestAborted), RegisterCsv.ContentType);
    }
}
