using System.Text.Json.Nodes;
using Workflow.Core.Calendar;
using Workflow.Core.Tests.Routes;

namespace Workflow.Core.Tests.Calendar;

public class HolidayListLoaderTests
{
    private static JsonObject List(int[] yearsBe, params string[] dates) => new()
    {
        ["$schema"] = "./holidays.schema.json",
        ["yearsBe"] = new JsonArray(yearsBe.Select(y => (JsonNode)y).ToArray()),
        ["holidays"] = new JsonArray(dates.Select(d => (JsonNode)new JsonObject { ["date"] = d, ["th"] = "วันหยุด" }).ToArray()),
    };

    private static HolidayListException LoadBroken(JsonNode list)
    {
        using var folder = new WorkflowsFolder();
        File.Copy(Path.Combine(RepositoryFolders.Workflows, HolidayListLoader.SchemaFile), Path.Combine(folder.Path, HolidayListLoader.SchemaFile));
        folder.Write("holidays-test.json", list);
        return Assert.Throws<HolidayListException>(() => HolidayListLoader.Load(Path.Combine(folder.Path, "holidays-test.json")));
    }

    [Fact]
    public void Load_reads_the_shipped_thai_holidays_of_2569_and_2570()
    {
        var list = CalendarScene.ThaiHolidays;

        Assert.Equal([2569, 2570], list.YearsBe);
        Assert.Equal("วันสงกรานต์", list.On(new DateOnly(2026, 4, 13))?.NameTh);
        Assert.Equal("วันหยุดชดเชยวันพ่อแห่งชาติ", list.On(new DateOnly(2026, 12, 7))?.NameTh);
        Assert.All(list.Holidays, h => Assert.InRange(h.Date.Year, 2026, 2027));
        Assert.True(list.Holidays.Count(h => h.Date.Year == 2026) >= 19);
    }

    [Fact]
    public void Load_refuses_a_date_outside_the_claimed_years_naming_file_path_and_date()
    {
        var ex = LoadBroken(List([2569], "2026-01-01", "2027-01-01"));

        Assert.Equal("holidays-test.json: $.holidays[1].date: 2027-01-01 is in 2570 BE, outside the years this list covers (2569)",
            Assert.Single(ex.Problems));
        Assert.Contains("holidays-test.json", ex.Message);
    }

    [Fact]
    public void Load_refuses_a_date_listed_twice_naming_both_places()
    {
        var ex = LoadBroken(List([2569], "2026-04-13", "2026-04-14", "2026-04-13"));

        Assert.Equal("holidays-test.json: $.holidays[2].date: 2026-04-13 is already listed at index 0", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Load_refuses_a_day_the_calendar_does_not_have()
    {
        var ex = LoadBroken(List([2569], "2026-02-30"));

        Assert.Equal("holidays-test.json: $.holidays[0].date: '2026-02-30' is not a calendar date", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Load_refuses_a_file_that_does_not_say_which_years_it_covers()
    {
        var list = List([2569], "2026-01-01");
        list.Remove("yearsBe");

        var ex = LoadBroken(list);

        Assert.Contains("holidays-test.json: $.yearsBe: is required but missing", ex.Problems);
    }

    [Fact]
    public void Load_refuses_a_date_written_in_another_format()
    {
        var ex = LoadBroken(List([2569], "1/1/2569"));

        Assert.StartsWith("holidays-test.json: $.holidays[0].date: \"1/1/2569\" does not match the pattern", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Check_gives_each_problem_as_a_value_so_rows_from_elsewhere_are_refused_alike()
    {
        Holiday[] rows = [new(new DateOnly(2026, 1, 1), "วันขึ้นปีใหม่"), new(new DateOnly(2028, 1, 1), "วันขึ้นปีใหม่")];

        var problem = Assert.Single(HolidayList.Check([2569, 2570], rows));

        Assert.Equal((1, HolidayFault.OutsideYears), (problem.Index, problem.Fault));
        Assert.Throws<ArgumentException>(() => HolidayList.Create([2569, 2570], rows));
        Assert.True(HolidayList.Create([2569, 2570], rows[..1]).IsHoliday(new DateOnly(2026, 1, 1)));
    }
}
