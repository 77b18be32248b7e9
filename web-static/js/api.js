// The JSON API (SPEC §4). Every URL is built from URLSearchParams or encodeURIComponent.

/** A failed request: the server's {"error":{code,message,param}} when it sent one. */
export class ApiError extends Error {
  constructor(status, code, message, param) {
    super(message);
    this.status = status;
    this.code = code;
    this.param = param;
  }
}

export function apiUrl(path, params) {
  const url = new URL(`api/${path}`, document.baseURI);
  if (params) url.search = params.toString();
  return url;
}

export const taskUrl = (taskId) => apiUrl(`tasks/${encodeURIComponent(taskId)}`);
export const documentUrl = (docId) => apiUrl(`documents/${encodeURIComponent(docId)}`);

export function exportUrl(params, format) {
  const withFormat = new URLSearchParams(params);
  withFormat.set('format', format);
  return apiUrl('export', withFormat);
}

/** GET and parse JSON; rejects with ApiError (or the AbortError when cancelled). */
export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '无法连接检索服务，请检查网络或稍后再试。');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(response.status, error.code ?? `http_${response.status}`,
      error.message ?? `服务返回错误 ${response.status}`, error.param ?? null);
  }
  if (body === null) throw new ApiError(response.status, 'bad_json', '服务返回了无法解析的内容。');
  return body;
}

export const search = (params, signal) => getJson(apiUrl('search', params), signal);
export const leading = (params, signal) => getJson(apiUrl('agencies/leading', params), signal);
export const task = (taskId, signal) => getJson(taskUrl(taskId), signal);
export const documents = (signal) => getJson(apiUrl('documents'), signal);
