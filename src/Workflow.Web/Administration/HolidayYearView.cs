namespace Workflow.Web.Administration;

/// <summary>A Buddhist Era year the holiday list covers, as POST /api/admin/holidays/years answers it.</summary>
public sealed record HolidayYearView(int YearBe);
