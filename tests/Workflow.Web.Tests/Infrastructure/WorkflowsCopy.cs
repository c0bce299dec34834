namespace Workflow.Web.Tests.Infrastructure;

/// <summary>A copy of the shipped workflows folder in a temp folder, with one more route file; the caller deletes it.</summary>
public static class WorkflowsCopy
{
    public static string With(string fileName, string content)
    {
        var folder = Directory.CreateTempSubdirectory("workflow-routes-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(folder, fileName), content);
        return folder;
    }
}
