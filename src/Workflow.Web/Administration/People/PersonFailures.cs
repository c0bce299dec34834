using Workflow.Web.Application;

namespace Workflow.Web.Administration.People;

/// <summary>Why a change to a person was refused; each changes nothing.</summary>
public static class PersonFailures
{
    public static readonly Failure NotFound = Failure.NotFound("Person");

    public static readonly Failure UserNameTaken = new(StatusCodes.Status409Conflict, "user-name-taken",
        "Another person already has this user name.", "userName");

    public static readonly Failure UnknownDepartment = new(StatusCodes.Status400BadRequest, "unknown-department",
        "No department has this key (GET /api/admin/departments lists them).", "departmentKey");

    public static readonly Failure Stale = new(StatusCodes.Status409Conflict, "stale",
        "The person has been changed in the meantime: load them again and repeat the change.", "version");

    public static readonly Failure VersionRequired = Failure.Invalid("version", "Send the version the edit started from (GET answers it).");

    public static readonly Failure LastAdministrator = new(StatusCodes.Status409Conflict, "last-administrator",
        "This is the last active administrator: make another person administrator first.");
}
