// Throws while being imported.
throw new Error('boom at import time');
