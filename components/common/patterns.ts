/** Formats several components check the same way. */

/** An e-mail address: something, `@`, a domain with a dot; no spaces. */
export const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A fully qualified domain name, optionally with a leading `*.` wildcard. */
export const fqdnPattern =
  /^(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** An Azure VM size name, such as `Standard_DS3_v2`. */
export const vmSizePattern = /^Standard_[A-Za-z0-9_]+$/;
