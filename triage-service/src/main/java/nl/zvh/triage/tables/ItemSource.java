package nl.zvh.triage.tables;

/** How an item arrived: a partner system's API call, a CSV upload by the house, or a form. */
public enum ItemSource {
    API, UPLOAD, FORM
}
