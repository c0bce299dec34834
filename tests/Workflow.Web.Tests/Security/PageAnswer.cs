namespace Workflow.Web.Tests.Security;

/// <summary>What a page answers, as the page matrices expect it; a redirect says where it goes.</summary>
public enum PageAnswer
{
    /// <summary>200: the page.</summary>
    Shown,

    /// <summary>302 anywhere but the sign-in page: the post took effect.</summary>
    Redirected,

    /// <summary>302 to /account/login: nobody is signed in (or has just signed out).</summary>
    SignIn,

    /// <summary>400.</summary>
    Invalid,

    /// <summary>401: the sign-in page refused the user name or password.</summary>
    BadCredentials,

    /// <summary>403: the memo is not this person's to act on.</summary>
    Forbidden,

    /// <summary>404: no such memo for this person (it has not reached them).</summary>
    NotFound,

    /// <summary>409: the memo is not in a state for this (any more).</summary>
    Conflict,

    /// <summary>Any other status: never expected.</summary>
    Other,
}
