// Length limits of the review forms, shared by the server's schemas and the forms' maxLength (a tiny
// module, so client components do not pull the schemas and their dependencies into the bundle).
export const TITLE_MAX = 100;
export const BODY_MIN = 20;
export const BODY_MAX = 2000;
export const REPLY_MAX = 2000;
export const REASON_MIN = 10;
export const REASON_MAX = 1000;
export const BATCH_MAX = 50;
