/** Version of the data format (the feed's `version`). A feed with another major version is refused. */
export const DATA_FORMAT_VERSION = '1.0.0';
