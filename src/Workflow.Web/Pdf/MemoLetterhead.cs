namespace Workflow.Web.Pdf;

/// <summary>What the sheet takes from the organisation profile at publication: the emblem (PNG, or none) and the name.</summary>
public sealed record MemoLetterhead(byte[]? EmblemPng, string OrganisationNameTh);
