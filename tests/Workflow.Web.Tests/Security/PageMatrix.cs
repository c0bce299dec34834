using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>The rows of the page matrices: every demo user and anonymous, crossed with what a page is asked about.</summary>
public static class PageMatrix
{
    public static readonly string[] Everyone = [.. Demo.Users, Demo.Anonymous];

    /// <summary>Every user, for a page asked about no memo or about one memo case only.</summary>
    public static TheoryData<string> EveryUser => [.. Everyone];

    /// <summary>Every memo case (<see cref="MemoCase.All"/>) for every user.</summary>
    public static TheoryData<string, string> EveryMemo => ByUser(MemoCase.Names);

    public static TheoryData<string, string> ByUser(IEnumerable<string> cases)
    {
        var data = new TheoryData<string, string>();
        foreach (var c in cases)
        {
            foreach (var user in Everyone)
                data.Add(c, user);
        }

        return data;
    }

    public static TheoryData<string, string, string> ByUser(IEnumerable<string> cases, IEnumerable<string> variants)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in cases)
        {
            foreach (var variant in variants)
            {
                foreach (var user in Everyone)
                    data.Add(c, variant, user);
            }
        }

        return data;
    }
}
