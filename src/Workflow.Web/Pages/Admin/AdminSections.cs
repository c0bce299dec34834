namespace Workflow.Web.Pages.Admin;

/// <summary>The administration area's sections, in the order a new municipality sets them up; /admin lists them.</summary>
public static class AdminSections
{
    /// <summary>Page path (for asp-page) and the UiText keys of its title and one-line description.</summary>
    public sealed record Section(string Page, string TitleKey, string DescriptionKey);

    public static readonly IReadOnlyList<Section> All =
    [
        new("/Admin/Organisation", "Organisation.Title", "Organisation.Description"),
        new("/Admin/Departments/Index", "Departments.Title", "Departments.Description"),
        new("/Admin/Posts/Index", "Admin.Posts.Title", "Admin.Posts.Description"),
        new("/Admin/People/Index", "People.Title", "People.Description"),
        new("/Admin/Assignments/Index", "Admin.Assignments.Title", "Admin.Assignments.Description"),
        new("/Admin/Holidays", "Holidays.Title", "Holidays.Description"),
        new("/Admin/Register", "AdminRegister.Title", "AdminRegister.Description"),
        new("/Register/Index", "Admin.Register.Title", "Admin.Register.Description"),
        new("/Admin/Audit", "Admin.Audit", "Admin.Audit.About"),
    ];
}
