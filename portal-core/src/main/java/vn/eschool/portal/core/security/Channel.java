package vn.eschool.portal.core.security;

/** How a user signed in: the browser (session cookie, CSRF-checked) or the API (bearer token). */
public enum Channel { BROWSER, API }
